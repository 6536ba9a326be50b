// Idiom: `MemoryMarshal.GetArrayDataReference` + `Unsafe.Add` + `MemoryMarshal.CreateSpan` — bounds-check-free row views.
// Use: in-place softmax over the last axis of a flat float[] batch (a hot path that avoids Slice's checks).
// Layout: flat float[rows * cols], row-major.
// Correct: every view covers one row of `cols` cells; its max and sum are folded over that view only.
// Our own code.
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace HeldOut89.MemoryMarshal_CreateSpanRows;

public static class RefRowSoftmax
{
    public static void InPlace(float[] data, int cols)
    {
        int rows = data.Length / cols;
        ref float origin = ref MemoryMarshal.GetArrayDataReference(data);
        for (int r = 0; r < rows; r++)
        {
            Span<float> row = MemoryMarshal.CreateSpan(ref Unsafe.Add(ref origin, r * cols), cols);

            float m = float.NegativeInfinity;
            foreach (float v in row)
            {
                m = MathF.Max(m, v);
            }

            float total = 0f;
            foreach (ref float v in row)
            {
                v = MathF.Exp(v - m);
                total += v;
            }

            foreach (ref float v in row)
            {
                v /= total;
            }
        }
    }
}
