// Correct twins (our own code) of UserMap_RawExps.cs: the same vector types and maps, with the maximum of the same
// elements (each row's own, in the batch) subtracted inside the map's lambda and in the sum; and look-alikes that must
// stay silent: an element-wise sigmoid through the map (no normalisation), and a method taking the same delegate that
// is no map (it calls it once, on the mean) whose lambda holds a raw exp beside a correct softmax.
// Layouts: as in UserMap_RawExps.cs (DVector.Map / Apply, Signal.MapLazy, static VectorOps.Map over jagged rows).
// Labels: every method correct.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.UserMapShiftedExps;

public sealed class DVector : IEnumerable<double>
{
    public DVector(double[] data) => Data = data;

    public double[] Data { get; }

    public int Count => Data.Length;

    public double this[int index] => Data[index];

    /// <summary>A new vector holding <paramref name="map"/> of every element.</summary>
    public DVector Map(Func<double, double> map)
    {
        var mapped = new double[Data.Length];
        for (int i = 0; i < mapped.Length; i++)
        {
            mapped[i] = map(Data[i]);
        }

        return new DVector(mapped);
    }

    public DVector Apply(Func<double, double> function) => Map(function);

    /// <summary><paramref name="summary"/> of the mean element: one call, not a map.</summary>
    public double AtMean(Func<double, double> summary) => summary(Data.Average());

    public IEnumerator<double> GetEnumerator() => ((IEnumerable<double>)Data).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

public sealed class Signal
{
    private readonly float[] _samples;

    public Signal(float[] samples) => _samples = samples;

    public int Length => _samples.Length;

    public float this[int index] => _samples[index];

    /// <summary><paramref name="f"/> of every sample, computed as it is enumerated.</summary>
    public IEnumerable<float> MapLazy(Func<float, float> f)
    {
        foreach (var sample in _samples)
        {
            yield return f(sample);
        }
    }
}

public static class VectorOps
{
    public static float[] Map(float[] values, Func<float, float> f)
    {
        var result = new float[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            result[i] = f(values[i]);
        }

        return result;
    }
}

public static class UserMapShiftedExps
{
    public static DVector Activation(DVector logits)
    {
        double peak = logits.Max();
        double total = logits.Sum(z => Math.Exp(z - peak));
        return logits.Map(z => Math.Exp(z - peak) / total);
    }

    public static DVector ApplyThenNormalise(DVector logits)
    {
        double peak = logits.Max();
        DVector exps = logits.Apply(z => Math.Exp(z - peak));
        double partition = exps.Sum();
        return exps.Map(e => e / partition);
    }

    public static float[] LazySoftmax(Signal signal)
    {
        float peak = float.NegativeInfinity;
        for (int i = 0; i < signal.Length; i++)
        {
            peak = MathF.Max(peak, signal[i]);
        }

        float z = 0f;
        for (int i = 0; i < signal.Length; i++)
        {
            z += MathF.Exp(signal[i] - peak);
        }

        return signal.MapLazy(v => MathF.Exp(v - peak) / z).ToArray();
    }

    public static float[][] PerRowMax(float[][] batch)
    {
        var probabilities = new float[batch.Length][];
        for (int b = 0; b < batch.Length; b++)
        {
            float peak = batch[b].Max();
            float[] exps = VectorOps.Map(batch[b], v => MathF.Exp(v - peak));
            float sum = exps.Sum();
            probabilities[b] = VectorOps.Map(exps, e => e / sum);
        }

        return probabilities;
    }

    public static DVector Sigmoid(DVector x) => x.Map(v => 1.0 / (1.0 + Math.Exp(-v)));

    public static double SoftmaxAndMeanScore(DVector logits, out DVector probabilities)
    {
        double peak = logits.Max();
        double total = logits.Sum(z => Math.Exp(z - peak));
        probabilities = logits.Map(z => Math.Exp(z - peak) / total);
        return logits.AtMean(m => Math.Exp(m) / total);
    }
}
