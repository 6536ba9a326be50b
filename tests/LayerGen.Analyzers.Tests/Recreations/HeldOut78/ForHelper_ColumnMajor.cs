// Idiom: a user loop helper `For(from, to, i => ...)` nested three deep, lambdas mutating captured `m` and `s`.
// Use: output layer of a network that keeps activations as Z = W·X, one column per sample.
// Layout: float[classes, batch], column-major (one softmax per second index, over the first).
// Correct: `m` and `s` are locals of the per-sample lambda and fold over the classes only.
// Our own code.
using System;

namespace HeldOut78.ForHelper_ColumnMajor;

public static class ColumnSoftmax
{
    private static void For(int from, int to, Action<int> body)
    {
        for (int i = from; i < to; i++) body(i);
    }

    public static float[,] Softmax(float[,] z)
    {
        int classes = z.GetLength(0), batch = z.GetLength(1);
        var a = new float[classes, batch];
        For(0, batch, b =>
        {
            float m = float.NegativeInfinity;
            For(0, classes, c => m = MathF.Max(m, z[c, b]));
            float s = 0f;
            For(0, classes, c => s += a[c, b] = MathF.Exp(z[c, b] - m));
            For(0, classes, c => a[c, b] /= s);
        });
        return a;
    }
}
