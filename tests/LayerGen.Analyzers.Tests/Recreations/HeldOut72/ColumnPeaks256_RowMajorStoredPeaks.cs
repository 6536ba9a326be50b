// known gap: the stored-peak Vector256.Max(Load(peaks), Load(row)).StoreUnsafe fold is not read as the max; LG0004 is reported at the scalar tail fold
// gap: -LG0004@31 +LG0004@36
// Idiom: a stored peak array updated block-wise with Vector256.Max(Load(peaks), Load(row)) and stored back, scalar
// tail; then Vector256.Exp of (row − peaks) block-wise and per-row sums.
// Use: "vectorised over the classes" batch softmax.
// Layout: flat float[batch * classes], row-major; peaks Span<float> of length classes.
// Bug (LG0004): the stored peaks are per class, folded over the rows (the batch axis), while each sum runs over the
// classes of one row: the max and the sum run over different axes.
// Our own code.
using System;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace HeldOut72.ColumnPeaks256_RowMajorStoredPeaks;

public static class ClassWisePeaks
{
    public static void Softmax(float[] x, float[] y, int batch, int classes)
    {
        Span<float> peaks = new float[classes];
        peaks.Fill(float.NegativeInfinity);
        ref float p0 = ref MemoryMarshal.GetReference(peaks);
        ref float x0 = ref MemoryMarshal.GetArrayDataReference(x);
        ref float y0 = ref MemoryMarshal.GetArrayDataReference(y);

        for (int r = 0; r < batch; r++)
        {
            int c = 0;
            for (; c + 8 <= classes; c += 8)
            {
                Vector256.Max(Vector256.LoadUnsafe(ref p0, (nuint)c), Vector256.LoadUnsafe(ref x0, (nuint)(r * classes + c))).StoreUnsafe(ref p0, (nuint)c); //~ LG0004
            }

            for (; c < classes; c++)
            {
                peaks[c] = MathF.Max(peaks[c], x[r * classes + c]);
            }
        }

        for (int r = 0; r < batch; r++)
        {
            Vector256<float> acc = Vector256<float>.Zero;
            int c = 0;
            for (; c + 8 <= classes; c += 8)
            {
                Vector256<float> e = Vector256.Exp(Vector256.LoadUnsafe(ref x0, (nuint)(r * classes + c)) - Vector256.LoadUnsafe(ref p0, (nuint)c));
                e.StoreUnsafe(ref y0, (nuint)(r * classes + c));
                acc += e;
            }

            float rowSum = Vector256.Sum(acc);
            for (; c < classes; c++)
            {
                y[r * classes + c] = MathF.Exp(x[r * classes + c] - peaks[c]);
                rowSum += y[r * classes + c];
            }

            for (c = 0; c < classes; c++)
            {
                y[r * classes + c] /= rowSum;
            }
        }
    }
}
