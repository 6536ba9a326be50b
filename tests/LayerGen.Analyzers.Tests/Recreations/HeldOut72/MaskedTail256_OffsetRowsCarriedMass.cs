// Idiom: Vector256 with a masked tail (the last 8 values reloaded, Vector256.ConditionalSelect keeps the uncounted
// lanes, -inf or 0 elsewhere), rows found through a table of start offsets.
// Use: packed rows of a ragged buffer (equal-length rows here), each row its own distribution.
// Layout: float[] buffer, row r at starts[r] .. starts[r] + classes; output at the same offsets.
// Bug (LG0002): `norm` is declared before the row loop and each row's mass is added to it, never reset: every row
// after the first is divided by the running total of all rows so far.
// Our own code.
using System;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace HeldOut72.MaskedTail256_OffsetRowsCarriedMass;

public static class PackedRows
{
    public static void Softmax(float[] buffer, float[] result, int[] starts, int classes)
    {
        float norm = 0f;
        foreach (int start in starts)
        {
            float rowMass = 0f;
            float top = float.NegativeInfinity;
            if (classes >= Vector256<float>.Count)
            {
                ref float s = ref MemoryMarshal.GetArrayDataReference(buffer);
                ref float d = ref MemoryMarshal.GetArrayDataReference(result);
                int tailAt = start + classes - Vector256<float>.Count;
                int covered = (classes / Vector256<float>.Count) * Vector256<float>.Count;
                Vector256<float> keep = Vector256.GreaterThanOrEqual(Vector256<int>.Indices, Vector256.Create(covered - (classes - Vector256<float>.Count))).AsSingle();

                Vector256<float> top8 = Vector256.ConditionalSelect(keep, Vector256.LoadUnsafe(ref s, (nuint)tailAt), Vector256.Create(float.NegativeInfinity));
                for (int k = 0; k < covered; k += Vector256<float>.Count)
                {
                    top8 = Vector256.Max(top8, Vector256.LoadUnsafe(ref s, (nuint)(start + k)));
                }

                for (int l = 0; l < Vector256<float>.Count; l++)
                {
                    top = Math.Max(top, top8.GetElement(l));
                }

                Vector256<float> mass8 = Vector256<float>.Zero;
                for (int k = 0; k < covered; k += Vector256<float>.Count)
                {
                    Vector256<float> e = Vector256.Exp(Vector256.LoadUnsafe(ref s, (nuint)(start + k)) - Vector256.Create(top));
                    e.StoreUnsafe(ref d, (nuint)(start + k));
                    mass8 += e;
                }

                if (covered < classes)
                {
                    Vector256<float> e = Vector256.Exp(Vector256.LoadUnsafe(ref s, (nuint)tailAt) - Vector256.Create(top));
                    Vector256<float> old = Vector256.LoadUnsafe(ref d, (nuint)tailAt);
                    Vector256.ConditionalSelect(keep, e, old).StoreUnsafe(ref d, (nuint)tailAt);
                    mass8 += Vector256.ConditionalSelect(keep, e, Vector256<float>.Zero);
                }

                rowMass = Vector256.Sum(mass8);
            }
            else
            {
                for (int k = 0; k < classes; k++)
                {
                    top = Math.Max(top, buffer[start + k]);
                }

                for (int k = 0; k < classes; k++)
                {
                    result[start + k] = MathF.Exp(buffer[start + k] - top);
                    rowMass += result[start + k];
                }
            }

            norm += rowMass; //~ LG0002
            for (int k = 0; k < classes; k++)
            {
                result[start + k] /= norm;
            }
        }
    }
}
