// Source: hand-vectorised softmax in C# inference engines (Vector256 kernels over MemoryMarshal references, the
// shape of TensorPrimitives-era code in llama/Whisper ports): vector max per row, scalar exps through Unsafe.Add.
// Layout: row-major [rows, cols] float, cols a multiple of 8; row refs via MemoryMarshal.GetArrayDataReference.
// Correct.
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace LayerGen.HeldOut4.Vector256MemoryMarshalRows;

public static class Vector256Softmax
{
    public static void Forward(float[] x, float[] y, int rows, int cols)
    {
        ref float xStart = ref MemoryMarshal.GetArrayDataReference(x);
        ref float yStart = ref MemoryMarshal.GetArrayDataReference(y);
        for (int r = 0; r < rows; r++)
        {
            ref float src = ref Unsafe.Add(ref xStart, r * cols);
            ref float dst = ref Unsafe.Add(ref yStart, r * cols);

            // Eight running maxima, one per lane, folded horizontally below.
            Vector256<float> vmax = Vector256.Create(float.NegativeInfinity);
            for (int c = 0; c < cols; c += 8)
                vmax = Vector256.Max(vmax, Vector256.LoadUnsafe(ref src, (nuint)c));
            float max = vmax.GetElement(0);
            for (int lane = 1; lane < 8; lane++)
                max = MathF.Max(max, vmax.GetElement(lane));

            float sum = 0f;
            for (int c = 0; c < cols; c++)
            {
                float e = MathF.Exp(Unsafe.Add(ref src, c) - max);
                Unsafe.Add(ref dst, c) = e;
                sum += e;
            }

            float inv = 1f / sum;
            for (int c = 0; c < cols; c++)
                Unsafe.Add(ref dst, c) *= inv;
        }
    }
}
