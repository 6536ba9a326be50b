// Variants (our own code) of Real53/KemsekovGradientDescentSharp_LinqRawExpAndDiagonal.cs: a softmax written with the
// user's own element-wise map of a small vector type instead of LINQ Select (a for loop over an auto-property's array,
// a method delegating to it, an iterator over a private field, a static map over arrays), normalised by a sum of the
// same elements' exps. Nothing is subtracted, so logits above ~88 (float) or ~709 (double) overflow to inf/inf = NaN;
// or one maximum over the whole batch is subtracted in every row's map, so a row far below the batch's best logit
// underflows to 0/0.
// Layouts: DVector (double[] auto-property, Map with a for loop, Apply delegating to Map), Signal (float[] field,
// lazy MapLazy with yield return, read through its indexer by the sum), static VectorOps.Map(values, f) over jagged
// float[][] rows. Labels: Activation LG0003 ×2, ApplyThenNormalise LG0003, LazySoftmax LG0003 ×2, BatchWideMax LG0001.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.UserMapRawExps;

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

public static class UserMapRawExps
{
    public static DVector Activation(DVector logits)
    {
        double total = logits.Sum(z => Math.Exp(z)); //~ LG0003
        return logits.Map(z => Math.Exp(z) / total); //~ LG0003
    }

    public static DVector ApplyThenNormalise(DVector logits)
    {
        DVector exps = logits.Apply(Math.Exp); //~ LG0003
        double partition = exps.Sum();
        return exps.Map(e => e / partition);
    }

    public static float[] LazySoftmax(Signal signal)
    {
        float z = 0f;
        for (int i = 0; i < signal.Length; i++)
        {
            z += MathF.Exp(signal[i]); //~ LG0003
        }

        return signal.MapLazy(v => MathF.Exp(v) / z).ToArray(); //~ LG0003
    }

    public static float[][] BatchWideMax(float[][] batch)
    {
        float peak = batch.Max(row => row.Max()); //~ LG0001
        var probabilities = new float[batch.Length][];
        for (int b = 0; b < batch.Length; b++)
        {
            float[] exps = VectorOps.Map(batch[b], v => MathF.Exp(v - peak));
            float sum = exps.Sum();
            probabilities[b] = VectorOps.Map(exps, e => e / sum);
        }

        return probabilities;
    }
}
