// Idiom: an interface with a default implementation — `IRowActivation.Activate` is implemented in the interface; the
// class only opts in; a static runner calls it through the interface on one row slice at a time.
// Use: pluggable per-sample activations of an inference engine.
// Layout: flat float[batch * classes], row-major, rows as ReadOnlySpan<float>/Span<float> slices.
// Correct: max, exp and sum inside the default method, all over the slice it is given; normalised by a reciprocal.
// Our own code.
#nullable enable
using System;

namespace HeldOut74.InterfaceDefault_SpanActivation;

public interface IRowActivation
{
    void Activate(ReadOnlySpan<float> x, Span<float> y)
    {
        float max = float.NegativeInfinity;
        for (int i = 0; i < x.Length; i++)
        {
            max = MathF.Max(max, x[i]);
        }

        float sum = 0f;
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = MathF.Exp(x[i] - max);
            sum += y[i];
        }

        float inv = 1f / sum;
        for (int i = 0; i < y.Length; i++)
        {
            y[i] *= inv;
        }
    }
}

public sealed class Softmax : IRowActivation
{
}

public static class ActivationRunner
{
    public static void Run(IRowActivation activation, float[] x, float[] y, int classes)
    {
        for (int o = 0; o < x.Length; o += classes)
        {
            activation.Activate(x.AsSpan(o, classes), y.AsSpan(o, classes));
        }
    }
}
