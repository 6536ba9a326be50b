// Idiom: a `static abstract` interface member as a pluggable row kernel (`IRowKernel<T>.Apply(ReadOnlySpan<T>,
// Span<T>)`), a generic stable softmax struct implementing it, and a generic batch driver `ApplyRows<TKernel, T>` that
// slices a flat batch per row. Layout: flat `T[]`, rows of `classes`, generic T. Correct.
using System;
using System.Numerics;

namespace HeldOut55.StaticAbstract_StableKernel;

/// <summary>A per-row transform chosen at compile time.</summary>
public interface IRowKernel<T>
{
    static abstract void Apply(ReadOnlySpan<T> x, Span<T> y);
}

/// <summary>Max-shifted softmax.</summary>
public readonly struct StableSoftmax<T> : IRowKernel<T>
    where T : IFloatingPointIeee754<T>
{
    public static void Apply(ReadOnlySpan<T> x, Span<T> y)
    {
        T max = T.NegativeInfinity;
        foreach (T v in x)
        {
            max = T.Max(max, v);
        }

        T sum = T.Zero;
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = T.Exp(x[i] - max);
            sum += y[i];
        }

        for (int i = 0; i < y.Length; i++)
        {
            y[i] /= sum;
        }
    }
}

public static class Kernels
{
    /// <summary>Applies <typeparamref name="TKernel"/> to every row of a flat row-major batch.</summary>
    public static T[] ApplyRows<TKernel, T>(T[] batch, int classes)
        where TKernel : IRowKernel<T>
    {
        var result = new T[batch.Length];
        for (int start = 0; start < batch.Length; start += classes)
        {
            TKernel.Apply(batch.AsSpan(start, classes), result.AsSpan(start, classes));
        }

        return result;
    }
}
