"use client";

export { BookingDialog, type BookingDialogProps } from "./BookingDialog";
export { type BookingDialogMessages, bookingDialogMessages } from "./messages";
