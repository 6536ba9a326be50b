// Idiom: a virtual/override chain — `Layer.ForwardRow` (identity) overridden by `SoftmaxLayer` (which calls a virtual
// `Peak`), overridden again by `TemperatureSoftmaxLayer`, which scales the row and calls `base.ForwardRow`.
// Use: a softmax output layer with an optional temperature.
// Layout: jagged double[batch][classes], one row per call of the override.
// Correct: every row gets its own peak and its own sum (the peak helper is given one row).
// Our own code.
#nullable enable
using System;

namespace HeldOut74.VirtualChain_TemperatureOverride;

public class Layer
{
    public virtual double[][] Forward(double[][] batch)
    {
        var result = new double[batch.Length][];
        for (int n = 0; n < batch.Length; n++)
        {
            result[n] = new double[batch[n].Length];
            ForwardRow(batch[n], result[n]);
        }

        return result;
    }

    protected virtual void ForwardRow(double[] input, double[] output) => Array.Copy(input, output, input.Length);
}

public class SoftmaxLayer : Layer
{
    protected override void ForwardRow(double[] input, double[] output)
    {
        double top = Peak(input);
        double z = 0;
        for (int c = 0; c < input.Length; c++)
        {
            output[c] = Math.Exp(input[c] - top);
            z += output[c];
        }

        for (int c = 0; c < output.Length; c++)
        {
            output[c] /= z;
        }
    }

    protected virtual double Peak(double[] row)
    {
        double top = double.NegativeInfinity;
        foreach (double v in row)
        {
            if (v > top)
            {
                top = v;
            }
        }

        return top;
    }
}

public sealed class TemperatureSoftmaxLayer : SoftmaxLayer
{
    public TemperatureSoftmaxLayer(double temperature) => Temperature = temperature;

    public double Temperature { get; }

    protected override void ForwardRow(double[] input, double[] output)
    {
        var scaled = new double[input.Length];
        for (int c = 0; c < input.Length; c++)
        {
            scaled[c] = input[c] / Temperature;
        }

        base.ForwardRow(scaled, output);
    }
}
