// Idiom: a builder — `new SoftmaxBuilder().WithClasses(n).WithTemperature(t).Build()` returns an immutable
// `TemperedSoftmax` (internal constructor, get-only properties) whose `Apply` does the work.
// Use: a configurable sampling softmax (temperature) for a language-model head.
// Layout: flat double[batch * classes], row-major, rows by index `s`.
// Correct: `Math.Exp((x - max) / Temperature)` with the row max and a positive temperature (checked in the builder).
// Our own code.
#nullable enable
using System;

namespace HeldOut74.Builder_TemperedSoftmax;

public sealed class SoftmaxBuilder
{
    private int _classes = 1;
    private double _temperature = 1.0;

    public SoftmaxBuilder WithClasses(int classes)
    {
        _classes = classes;
        return this;
    }

    public SoftmaxBuilder WithTemperature(double temperature)
    {
        if (!(temperature > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(temperature));
        }

        _temperature = temperature;
        return this;
    }

    public TemperedSoftmax Build() => new(_classes, _temperature);
}

public sealed class TemperedSoftmax
{
    internal TemperedSoftmax(int classes, double temperature)
    {
        Classes = classes;
        Temperature = temperature;
    }

    public int Classes { get; }

    public double Temperature { get; }

    public double[] Apply(double[] logits)
    {
        var y = new double[logits.Length];
        int samples = logits.Length / Classes;
        for (int s = 0; s < samples; s++)
        {
            double max = double.NegativeInfinity;
            for (int k = 0; k < Classes; k++)
            {
                max = Math.Max(max, logits[s * Classes + k]);
            }

            double sum = 0;
            for (int k = 0; k < Classes; k++)
            {
                y[s * Classes + k] = Math.Exp((logits[s * Classes + k] - max) / Temperature);
                sum += y[s * Classes + k];
            }

            for (int k = 0; k < Classes; k++)
            {
                y[s * Classes + k] /= sum;
            }
        }

        return y;
    }
}
