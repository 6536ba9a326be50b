// Idiom: horizontal max by a shuffle tree: Vector128.Max(GetLower, GetUpper), then Vector128.Shuffle with (2,3,0,1)
// and (1,0,3,2), ToScalar; lane fold over the row with Vector256.Max, scalar tail; Vector256.Exp and Vector256.Sum.
// Use: softmax kernel over rows handed in as spans.
// Layout: ReadOnlySpan<float> of rows * classes (row-major), output Span<float>; row r = Slice(r * classes, classes).
// Correct.
// Our own code.
using System;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace HeldOut72.ShuffleTreeMax256_SpanRows;

public static class ShuffleRows
{
    private static float HorizontalMax(Vector256<float> v)
    {
        Vector128<float> m = Vector128.Max(v.GetLower(), v.GetUpper());
        m = Vector128.Max(m, Vector128.Shuffle(m, Vector128.Create(2, 3, 0, 1)));
        m = Vector128.Max(m, Vector128.Shuffle(m, Vector128.Create(1, 0, 3, 2)));
        return m.ToScalar();
    }

    public static void Softmax(ReadOnlySpan<float> x, Span<float> y, int classes)
    {
        for (int r = 0; r * classes < x.Length; r++)
        {
            ReadOnlySpan<float> row = x.Slice(r * classes, classes);
            Span<float> dst = y.Slice(r * classes, classes);
            ref float src = ref MemoryMarshal.GetReference(row);
            ref float d = ref MemoryMarshal.GetReference(dst);

            Vector256<float> lanes = Vector256.Create(float.NegativeInfinity);
            int i = 0;
            for (; i + 8 <= classes; i += 8)
            {
                lanes = Vector256.Max(lanes, Vector256.LoadUnsafe(ref src, (nuint)i));
            }

            float mx = HorizontalMax(lanes);
            for (int t = i; t < classes; t++)
            {
                mx = row[t] > mx ? row[t] : mx;
            }

            Vector256<float> sh = Vector256.Create(mx);
            Vector256<float> acc = Vector256<float>.Zero;
            for (i = 0; i + 8 <= classes; i += 8)
            {
                Vector256<float> e = Vector256.Exp(Vector256.LoadUnsafe(ref src, (nuint)i) - sh);
                e.StoreUnsafe(ref d, (nuint)i);
                acc += e;
            }

            float s = Vector256.Sum(acc);
            for (int t = i; t < classes; t++)
            {
                dst[t] = MathF.Exp(row[t] - mx);
                s += dst[t];
            }

            for (int t = 0; t < classes; t++)
            {
                dst[t] /= s;
            }
        }
    }
}
