// Re-creates: a "zero bounds checks" C# softmax (MemoryMarshal.GetArrayDataReference + Unsafe.Add, the style of
// hand-tuned inference code) that exponentiates the raw logits.
// Layout: flat [rows, cols] row-major via ref arithmetic; softmax axis = cols. float.
// Bug: LG0003 (exp of the raw logit).
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace LayerGen.Recreations.HeldOut3.MemoryMarshalRawExp;

public static class RefSoftmax
{
    public static void Forward(float[] x, float[] y, int rows, int cols)
    {
        ref float src = ref MemoryMarshal.GetArrayDataReference(x);
        ref float dst = ref MemoryMarshal.GetArrayDataReference(y);
        for (int r = 0; r < rows; r++)
        {
            float sum = 0f;
            for (int c = 0; c < cols; c++)
            {
                float e = MathF.Exp(Unsafe.Add(ref src, r * cols + c)); //~ LG0003
                Unsafe.Add(ref dst, r * cols + c) = e;
                sum += e;
            }

            float inv = 1f / sum;
            for (int c = 0; c < cols; c++)
            {
                Unsafe.Add(ref dst, r * cols + c) *= inv;
            }
        }
    }
}
