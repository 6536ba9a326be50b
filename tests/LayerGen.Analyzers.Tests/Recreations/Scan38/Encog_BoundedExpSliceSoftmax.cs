// known gap: exp through a helper that clamps Math.Exp's result to ±1e20 (Encog's BoundMath.Exp) is not read as an exp
// gap: -LG0003@37
// Source: encog/encog-dotnet-core encog-core-cs/Engine/Network/Activation/ActivationSoftMax.cs:68,
// encog-core-cs/MathUtil/BoundMath.cs:51, encog-core-cs/MathUtil/BoundNumbers.cs:46 (re-created, not copied)
// Layout: an activation over the slice x[start .. start + size) of a flat layer buffer, in place: each value becomes
// BoundMath.Exp(x) (Math.Exp with its result clamped to [−1e20, 1e20]) and is summed, then divided by the sum. No
// maximum is subtracted, and the clamp does not make the shift unnecessary: logits offset by +1000 all clamp to 1e20
// (a uniform output instead of the softmax), offset by −1000 all give 0 and 0 / 0 = NaN.
// Label: ActivationFunction LG0003 (the un-shifted exp). Scanned with the whole repository (scan38): silent (a recall
// gap, not a false report).
using System;

namespace Recreations.Scan38.Encog_BoundedExpSliceSoftmax;

/// <summary>Clamps a value into [−1e20, 1e20], as Encog's BoundNumbers.</summary>
public static class BoundNumbers
{
    public const double TooSmall = -1.0E20;
    public const double TooBig = 1.0E20;

    public static double Bound(double d) => d < TooSmall ? TooSmall : d > TooBig ? TooBig : d;
}

/// <summary>Math with clamped results, as Encog's BoundMath.</summary>
public static class BoundMath
{
    public static double Exp(double a) => BoundNumbers.Bound(Math.Exp(a));
}

public sealed class ActivationSoftMax
{
    public void ActivationFunction(double[] x, int start, int size)
    {
        double sum = 0;
        for (int i = start; i < start + size; i++)
        {
            x[i] = BoundMath.Exp(x[i]); //~ LG0003
            sum += x[i];
        }

        for (int i = start; i < start + size; i++)
        {
            x[i] = x[i] / sum;
        }
    }
}
