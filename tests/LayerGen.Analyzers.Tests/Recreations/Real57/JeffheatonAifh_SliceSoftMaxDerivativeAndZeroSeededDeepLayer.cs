// known gap: a(1 − a) returned by the softmax activation's DerivativeFunction(b, a) of a parameter, not a proven softmax output (see README)
// gap: -LG0007@67
// Source: jeffheaton/aifh vol3/vol3-csharp-examples/AIFH-Vol3-Core/Core/ANN/Activation/ActivationSoftMax.cs:54, :85,
// …/Core/ANN/Activation/ActivationSigmoid.cs:57, :72, …/Core/DBNN/DeepLayer.cs:111,
// …/Core/ANN/Train/Error/CrossEntropyErrorFunction.cs:43 (commit ec48164f518c) (re-created, not copied)
// Layout: "Artificial Intelligence for Humans" vol. 3. A layer's activation runs over the slice
// x[start .. start + size) of the network's flat layer-output array. The softmax activation replaces each element by
// exp(x) and sums, no maximum, with a fallback to 1 / size when the sum is NaN or tiny (an overflow gives ∞, not
// NaN, so the fallback does not catch it); its DerivativeFunction(b, a) returns a(1 − a) of the activation output a,
// which the back-propagation multiplies element-wise into the error (the Jacobian's diagonal). The sigmoid
// activation beside it, with the same a(1 − a), is the correct look-alike. The deep belief network's output layer
// runs its own softmax over a double[] with the maximum seeded at 0.0 (no exp(0 − max) term), and the cross-entropy
// error function returns ideal − actual (the softmax + cross-entropy gradient, bypassing the derivative).
// Label: ActivationSoftMax.ActivationFunction LG0003; ActivationSoftMax.DerivativeFunction LG0007;
// ActivationSigmoid.ActivationFunction / DerivativeFunction correct (look-alikes); DeepLayer.Softmax LG0003 (zero-seeded
// maximum: all logits below 0 by more than ~745 give 0 / 0); CrossEntropyErrorFunction.CalculateError correct.
using System;

namespace Recreations.Real57.JeffheatonAifh_SliceSoftMaxDerivativeAndZeroSeededDeepLayer;

/// <summary>A stand-in for AIFH's constants.</summary>
internal static class AIFH
{
    public const double DefaultPrecision = 0.0000000001;
}

/// <summary>An activation over a slice of a layer-output array.</summary>
internal interface IActivationFunction
{
    void ActivationFunction(double[] x, int start, int size);

    double DerivativeFunction(double b, double a);
}

/// <summary>The softmax activation.</summary>
internal sealed class ActivationSoftMax : IActivationFunction
{
    /// <inheritdoc />
    public void ActivationFunction(double[] x, int start, int size)
    {
        double sum = 0;
        for (var i = start; i < start + size; i++)
        {
            x[i] = Math.Exp(x[i]); //~ LG0003
            sum += x[i];
        }

        if (double.IsNaN(sum) || sum < AIFH.DefaultPrecision)
        {
            for (var i = start; i < start + size; i++)
            {
                x[i] = 1.0 / size;
            }
        }
        else
        {
            for (var i = start; i < start + size; i++)
            {
                x[i] = x[i] / sum;
            }
        }
    }

    /// <inheritdoc />
    public double DerivativeFunction(double b, double a)
    {
        return a * (1.0 - a); //~ LG0007
    }
}

/// <summary>The logistic activation.</summary>
internal sealed class ActivationSigmoid : IActivationFunction
{
    /// <inheritdoc />
    public void ActivationFunction(double[] x, int start, int size)
    {
        for (int i = start; i < start + size; i++)
        {
            x[i] = 1.0 / (1.0 + Math.Exp(-1 * x[i]));
        }
    }

    /// <inheritdoc />
    public double DerivativeFunction(double b, double a)
    {
        return a * (1.0 - a);
    }
}

/// <summary>The output layer of a deep belief network.</summary>
internal sealed class DeepLayer
{
    /// <summary>The softmax of <paramref name="x"/>, in place.</summary>
    public void Softmax(double[] x)
    {
        var max = 0.0;
        var sum = 0.0;

        foreach (var aX in x)
        {
            if (max < aX)
            {
                max = aX;
            }
        }

        for (var i = 0; i < x.Length; i++)
        {
            x[i] = Math.Exp(x[i] - max); //~ LG0003
            sum += x[i];
        }

        for (var i = 0; i < x.Length; i++)
        {
            x[i] /= sum;
        }
    }
}

/// <summary>The cross-entropy error of the output layer.</summary>
internal sealed class CrossEntropyErrorFunction
{
    /// <summary>The error signal ideal − actual, scaled by the significance.</summary>
    public void CalculateError(IActivationFunction af, double[] b, double[] a, double[] ideal, double[] actual, double[] error, double derivShift, double significance)
    {
        for (var i = 0; i < actual.Length; i++)
        {
            error[i] = (ideal[i] - actual[i]) * significance;
        }
    }
}
