// Idiom: generic-math extension methods on Span<T> (`this Span<T>`, `where T : IFloatingPointIeee754<T>`).
// Use: mixture-density network, mixing coefficients π of each sample's Gaussian components.
// Layout: flat row-major T[samples * components], Span<T> slices; ExpInPlace() and NormaliseInPlace() extensions.
// Label: LG0003 — ExpInPlace exponentiates the raw logits; no maximum is subtracted anywhere.
using System;
using System.Numerics;

namespace LayerGen.Recreations.HeldOut27;

public static class GenericSpanExtensions
{
    /// <summary>Replaces every element by its exponential.</summary>
    public static void ExpInPlace<T>(this Span<T> values)
        where T : IFloatingPointIeee754<T>
    {
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = T.Exp(values[i]);
        }
    }

    /// <summary>Divides every element by the total of the span.</summary>
    public static void NormaliseInPlace<T>(this Span<T> values)
        where T : IFloatingPointIeee754<T>
    {
        T total = T.Zero;
        foreach (T v in values)
        {
            total += v;
        }

        for (int i = 0; i < values.Length; i++)
        {
            values[i] /= total;
        }
    }

    /// <summary>In-place mixing coefficients for every sample of an MDN head.</summary>
    public static void MixingCoefficients<T>(Span<T> logits, int components)
        where T : IFloatingPointIeee754<T>
    {
        for (int s = 0; s < logits.Length / components; s++)
        {
            Span<T> pi = logits.Slice(s * components, components);
            pi.ExpInPlace(); //~ LG0003
            pi.NormaliseInPlace();
        }
    }
}
