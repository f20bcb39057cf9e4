import { useCallback, useRef, useState } from "react";

/**
 * State that a parent may control (`value` + `onChange`) or leave to the component
 * (`defaultValue`), the `value / defaultValue / onValueChange` pattern of Radix. Switching between
 * the two during a component's life is a bug in the caller; the first mode wins.
 */
export function useControllableState<Value>({
  value,
  defaultValue,
  onChange,
}: {
  value: Value | undefined;
  defaultValue: Value;
  onChange?: ((value: Value) => void) | undefined;
}): [Value, (next: Value | ((previous: Value) => Value)) => void] {
  const [uncontrolled, setUncontrolled] = useState(defaultValue);
  const isControlled = useRef(value !== undefined).current;
  const current = isControlled ? (value as Value) : uncontrolled;
  const currentRef = useRef(current);
  currentRef.current = current;
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  const setValue = useCallback(
    (next: Value | ((previous: Value) => Value)) => {
      const resolved =
        typeof next === "function"
          ? (next as (previous: Value) => Value)(currentRef.current)
          : next;
      if (Object.is(resolved, currentRef.current)) {
        return;
      }
      currentRef.current = resolved;
      if (!isControlled) {
        setUncontrolled(resolved);
      }
      onChangeRef.current?.(resolved);
    },
    [isControlled],
  );
  return [current, setValue];
}
