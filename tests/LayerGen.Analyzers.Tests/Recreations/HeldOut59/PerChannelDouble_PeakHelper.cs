// HeldOut59 — PerChannelDouble_PeakHelper. Idiom: uint8 logits with per-class scales and zero points, dequantised to
// double; a same-type helper `ClassPeaks(q, scales, zeroPoints)` returns the maximum of each class over the batch, and
// the rows are exponentiated against those per-class peaks and normalised by their own sums.
// Use: host-side evaluation of a per-channel-quantised model.
// Layout: byte[batch, classes] row-major in, double[batch, classes] out.
// Bug: LG0004 (the helper's maximum runs along the batch axis, the sum along the class axis; marked at the call).
using System;

namespace HeldOut59.PerChannelDouble_PeakHelper;

public static class HostEvaluation
{
    public static double[,] Softmax(byte[,] q, double[] scales, int[] zeroPoints)
    {
        int batch = q.GetLength(0);
        int classes = q.GetLength(1);
        double[] peaks = ClassPeaks(q, scales, zeroPoints); //~ LG0004
        var p = new double[batch, classes];
        for (int b = 0; b < batch; b++)
        {
            double sum = 0.0;
            for (int k = 0; k < classes; k++)
            {
                p[b, k] = Math.Exp((q[b, k] - zeroPoints[k]) * scales[k] - peaks[k]);
                sum += p[b, k];
            }

            for (int k = 0; k < classes; k++)
            {
                p[b, k] /= sum;
            }
        }

        return p;
    }

    private static double[] ClassPeaks(byte[,] q, double[] scales, int[] zeroPoints)
    {
        int batch = q.GetLength(0);
        int classes = q.GetLength(1);
        var peaks = new double[classes];
        for (int k = 0; k < classes; k++)
        {
            peaks[k] = double.NegativeInfinity;
            for (int b = 0; b < batch; b++)
            {
                peaks[k] = Math.Max(peaks[k], (q[b, k] - zeroPoints[k]) * scales[k]);
            }
        }

        return peaks;
    }
}
