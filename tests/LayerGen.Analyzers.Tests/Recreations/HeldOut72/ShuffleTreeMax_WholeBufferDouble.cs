// Idiom: Vector256<double> lane fold over a buffer, horizontal max by GetLower/GetUpper and a Vector128.Shuffle
// swap, scalar tail; then scalar Math.Exp per row with per-row sums.
// Use: double-precision batch scorer with one "stabilising" peak computed up front.
// Layout: flat double[batch * classes], row-major.
// Bug (LG0001): the peak is folded over the whole buffer (every row) once before the row loop, not per row: a row
// far below the batch peak underflows to 0/0.
// Our own code.
using System;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace HeldOut72.ShuffleTreeMax_WholeBufferDouble;

public static class BatchPeakScorer
{
    public static void Run(double[] logits, double[] output, int classes)
    {
        ref double l0 = ref MemoryMarshal.GetArrayDataReference(logits);
        Vector256<double> acc = Vector256.Create(double.NegativeInfinity);
        int i = 0;
        for (; i + Vector256<double>.Count <= logits.Length; i += Vector256<double>.Count)
        {
            acc = Vector256.Max(acc, Vector256.LoadUnsafe(ref l0, (nuint)i)); //~ LG0001
        }

        Vector128<double> pair = Vector128.Max(acc.GetLower(), acc.GetUpper());
        pair = Vector128.Max(pair, Vector128.Shuffle(pair, Vector128.Create(1L, 0L)));
        double peak = pair.ToScalar();
        for (; i < logits.Length; i++)
        {
            peak = Math.Max(peak, logits[i]);
        }

        int batch = logits.Length / classes;
        for (int b = 0; b < batch; b++)
        {
            double z = 0.0;
            for (int c = 0; c < classes; c++)
            {
                output[b * classes + c] = Math.Exp(logits[b * classes + c] - peak);
                z += output[b * classes + c];
            }

            for (int c = 0; c < classes; c++)
            {
                output[b * classes + c] /= z;
            }
        }
    }
}
