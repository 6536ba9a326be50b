using System.ComponentModel;
using System.Numerics;

namespace LayerGen.Generated;

/// <summary>
/// Initial values of a custom layer's learnable parameters (<see cref="LearnableAttribute"/>). Called by generated code;
/// not meant for user code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class Learnables
{
    /// <summary>
    /// Sets every entry of <paramref name="values"/> to <paramref name="initial"/>, plus <paramref name="standardDeviation"/> ·
    /// N(0, 1) when it is positive, drawn from a sequence seeded by <paramref name="seed"/> and <paramref name="stream"/>
    /// (the same on every platform).
    /// </summary>
    /// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
    /// <param name="values">One learnable parameter.</param>
    /// <param name="initial">The mean (the <see cref="LearnableAttribute.Initial"/> value).</param>
    /// <param name="standardDeviation">The spread (<see cref="LearnableAttribute.StandardDeviation"/>); 0 for none.</param>
    /// <param name="seed">The seed (a network's <c>LayerOptions.Seed</c>, 0 for a standalone layer).</param>
    /// <param name="stream">Tells the parameters of one seed apart: the parameter's offset in its layer or network.</param>
    public static void Fill<T>(Span<T> values, double initial, double standardDeviation, int seed, int stream)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (standardDeviation <= 0)
        {
            values.Fill(T.CreateTruncating(initial));
            return;
        }

        ulong state = unchecked(((ulong)(uint)seed << 32) ^ (uint)stream ^ 0x5DEECE66DUL);
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = T.CreateTruncating(initial + (standardDeviation * NetworkParameters.NextGaussian(ref state)));
        }
    }
}
