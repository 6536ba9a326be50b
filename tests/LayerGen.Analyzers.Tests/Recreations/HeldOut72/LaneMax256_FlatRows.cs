// Idiom: Vector256 lane-wise running max over one row (Vector256.LoadUnsafe from MemoryMarshal.GetReference), the
// lanes merged at the end, scalar tail; Vector256.Exp of the shifted block, Vector256.Sum of the exps.
// Use: batched classifier head, float logits.
// Layout: flat float[batch * classes], row-major (row r starts at r * classes).
// Correct.
// Our own code.
using System;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace HeldOut72.LaneMax256_FlatRows;

public static class LaneMaxSoftmax
{
    public static void Forward(float[] x, float[] y, int batch, int classes)
    {
        int width = Vector256<float>.Count;
        for (int r = 0; r < batch; r++)
        {
            ReadOnlySpan<float> row = x.AsSpan(r * classes, classes);
            Span<float> dst = y.AsSpan(r * classes, classes);
            ref float src = ref MemoryMarshal.GetReference(row);
            ref float d = ref MemoryMarshal.GetReference(dst);

            var lanes = Vector256.Create(float.NegativeInfinity);
            int i = 0;
            for (; i <= classes - width; i += width)
            {
                lanes = Vector256.Max(lanes, Vector256.LoadUnsafe(ref src, (nuint)i));
            }

            float max = float.NegativeInfinity;
            for (int l = 0; l < width; l++)
            {
                max = MathF.Max(max, lanes.GetElement(l));
            }

            for (; i < classes; i++)
            {
                max = MathF.Max(max, row[i]);
            }

            var shift = Vector256.Create(max);
            var sums = Vector256<float>.Zero;
            i = 0;
            for (; i <= classes - width; i += width)
            {
                var e = Vector256.Exp(Vector256.LoadUnsafe(ref src, (nuint)i) - shift);
                e.StoreUnsafe(ref d, (nuint)i);
                sums += e;
            }

            float sum = Vector256.Sum(sums);
            for (; i < classes; i++)
            {
                dst[i] = MathF.Exp(row[i] - max);
                sum += dst[i];
            }

            var scale = Vector256.Create(1f / sum);
            i = 0;
            for (; i <= classes - width; i += width)
            {
                (Vector256.LoadUnsafe(ref d, (nuint)i) * scale).StoreUnsafe(ref d, (nuint)i);
            }

            for (; i < classes; i++)
            {
                dst[i] /= sum;
            }
        }
    }
}
