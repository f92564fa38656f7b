import { z } from 'zod';

/**
 * The printers staff can choose from at setup. The Electron shell lists the system's queues; the
 * browser shell owns no printer (the page prints itself through the browser's own print dialog), so it
 * says so rather than pretending to a list. No Node here: the renderer shares this schema.
 */
export const systemPrinterSchema = z.object({
  /** The system's name for the queue (CUPS queue or Windows printer name): what settings.printer stores. */
  name: z.string().min(1),
  /** The name as the system's print dialog shows it, for staff to recognise. */
  displayName: z.string(),
});
export type SystemPrinter = z.infer<typeof systemPrinterSchema>;

export const printerListSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('browser') }),
  z.object({ kind: z.literal('system'), printers: z.array(systemPrinterSchema) }),
]);
export type PrinterList = z.infer<typeof printerListSchema>;
