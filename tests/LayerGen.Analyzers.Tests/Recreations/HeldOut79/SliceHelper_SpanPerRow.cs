// Idiom: strength-reduced offset driving a helper — `for (int p = 0; p < x.Length; p += cols)` hands one row at a time
// as `x.AsSpan(p, cols)` to a private kernel, whose exp goes through a one-line helper `Shifted(v, m)`.
// Use: batched row softmax built from a single-vector kernel.
// Layout: flat float[] row-major, rows * cols, output into a caller buffer.
// Correct: the kernel sees exactly one row; its max is of that row and is subtracted inside Shifted.
// Our own code.
using System;

namespace HeldOut79.SliceHelper_SpanPerRow;

public static class SpanKernel
{
    public static void Batch(float[] x, float[] y, int cols)
    {
        for (int p = 0; p < x.Length; p += cols) Slice(x.AsSpan(p, cols), y.AsSpan(p, cols));
    }

    private static void Slice(ReadOnlySpan<float> src, Span<float> dst)
    {
        float m = src[0];
        for (int i = 1; i < src.Length; i++) m = MathF.Max(m, src[i]);
        float s = 0f;
        for (int i = 0; i < src.Length; i++) s += dst[i] = Shifted(src[i], m);
        for (int i = 0; i < dst.Length; i++) dst[i] /= s;
    }

    private static float Shifted(float v, float m) => MathF.Exp(v - m);
}
