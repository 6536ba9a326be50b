// Idiom: static abstract interface members as fold policies: `IFold<T>` with `static abstract T Seed` and
// `static abstract T Step(T, T)`, implemented by `MaxFold<T>` (`T.Max`) and `AddFold<T>`, run by a generic
// `Reduce<T, TFold>(ReadOnlySpan<T>)`; `T.Exp` writes the numerators.
// Use: per-token probabilities. Layout: flat row-major `T[]`, rows of `width`.
// Correct: both policies are given one row at a time, and the exps are shifted by that row's peak.
// Our own code.
using System;
using System.Numerics;

namespace HeldOut94.StaticAbstract_FoldPolicies;

public interface IFold<T>
{
    static abstract T Seed { get; }

    static abstract T Step(T accumulator, T value);
}

public readonly struct MaxFold<T> : IFold<T>
    where T : IFloatingPointIeee754<T>
{
    public static T Seed => T.NegativeInfinity;

    public static T Step(T accumulator, T value) => T.Max(accumulator, value);
}

public readonly struct AddFold<T> : IFold<T>
    where T : IFloatingPointIeee754<T>
{
    public static T Seed => T.Zero;

    public static T Step(T accumulator, T value) => accumulator + value;
}

public static class PolicySoftmax
{
    public static T Reduce<T, TFold>(ReadOnlySpan<T> values)
        where TFold : IFold<T>
    {
        T acc = TFold.Seed;
        foreach (T v in values)
        {
            acc = TFold.Step(acc, v);
        }

        return acc;
    }

    public static T[] Rows<T>(T[] logits, int width)
        where T : IFloatingPointIeee754<T>
    {
        var output = new T[logits.Length];
        for (int offset = 0; offset < logits.Length; offset += width)
        {
            ReadOnlySpan<T> row = logits.AsSpan(offset, width);
            Span<T> dst = output.AsSpan(offset, width);
            T peak = Reduce<T, MaxFold<T>>(row);
            for (int j = 0; j < width; j++)
            {
                dst[j] = T.Exp(row[j] - peak);
            }

            T norm = Reduce<T, AddFold<T>>(dst);
            for (int j = 0; j < width; j++)
            {
                dst[j] /= norm;
            }
        }

        return output;
    }

    public static float[] RowsSingle(float[] logits, int width) => Rows(logits, width);
}
