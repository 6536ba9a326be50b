// Source: ooples/AiDotNet/src/Audio/Emotion/Emotion2Vec.cs, HuBERTSER.cs, src/Audio/MusicAnalysis/CREPE.cs and the softmaxes of src/ReinforcementLearning (re-created, not copied)
// Layout: generic models over a number type T read logits from a tensor-like container and convert each element to
// double through a numeric-operations object (`ops.ToDouble(logits[i])`), then convert results back (`ops.FromDouble`).
// Bug: EmotionProbabilities, OnnxEmotionProbabilities and PitchCents exponentiate the converted logits with no max
// subtracted: a logit above ~709 gives inf / inf = NaN (a weighted bin average too). Correct look-alikes: the same
// conversion shifted by the maximum of the converted values, the shift done in T by the operations object
// (`ops.Subtract(x, max)`, opaque to the model) with the maximum found by `ops.GreaterThan`, and a temperature
// softmax that converts both the element and the T maximum before subtracting.
using System;
using System.Collections.Generic;

namespace Recreations.Real49.NumericOpsConvertedLogits;

public interface IScalarOps<T>
{
    double ToDouble(T value);

    T FromDouble(double value);

    T Subtract(T left, T right);

    bool GreaterThan(T left, T right);
}

public sealed class Scores<T>
{
    private readonly T[] _values;

    public Scores(int length) => _values = new T[length];

    public int Length => _values.Length;

    public T this[int index]
    {
        get => _values[index];
        set => _values[index] = value;
    }
}

public sealed class EmotionHead<T>
{
    private readonly IScalarOps<T> _ops;
    private readonly string[] _labels;

    public EmotionHead(IScalarOps<T> ops, string[] labels)
    {
        _ops = ops;
        _labels = labels;
    }

    public Dictionary<string, T> EmotionProbabilities(Scores<T> logits)
    {
        var probabilities = new Dictionary<string, T>();
        var weights = new double[_labels.Length];
        double total = 0;
        for (int i = 0; i < _labels.Length && i < logits.Length; i++)
        {
            double value = _ops.ToDouble(logits[i]);
            weights[i] = Math.Exp(value); //~ LG0003
            total += weights[i];
        }

        for (int i = 0; i < _labels.Length; i++)
        {
            probabilities[_labels[i]] = _ops.FromDouble(total > 0 ? weights[i] / total : 1.0 / _labels.Length);
        }

        return probabilities;
    }

    public Dictionary<string, T> OnnxEmotionProbabilities(Scores<T> logits)
    {
        var probabilities = new Dictionary<string, T>();
        var weights = new double[_labels.Length];
        double total = 0;
        for (int i = 0; i < _labels.Length && i < logits.Length; i++)
        {
            weights[i] = Math.Exp(_ops.ToDouble(logits[i])); //~ LG0003
            total += weights[i];
        }

        for (int i = 0; i < _labels.Length; i++)
        {
            probabilities[_labels[i]] = _ops.FromDouble(weights[i] / total);
        }

        return probabilities;
    }

    public Dictionary<string, T> ShiftedEmotionProbabilities(Scores<T> logits)
    {
        double max = double.NegativeInfinity;
        for (int i = 0; i < logits.Length; i++)
        {
            max = Math.Max(max, _ops.ToDouble(logits[i]));
        }

        var probabilities = new Dictionary<string, T>();
        var weights = new double[logits.Length];
        double total = 0;
        for (int i = 0; i < logits.Length; i++)
        {
            weights[i] = Math.Exp(_ops.ToDouble(logits[i]) - max);
            total += weights[i];
        }

        for (int i = 0; i < _labels.Length && i < logits.Length; i++)
        {
            probabilities[_labels[i]] = _ops.FromDouble(weights[i] / total);
        }

        return probabilities;
    }
}

public sealed class PolicyHead<T>
{
    private readonly IScalarOps<T> _ops;

    public PolicyHead(IScalarOps<T> ops) => _ops = ops;

    public T[] Softmax(Scores<T> logits)
    {
        T max = logits[0];
        for (int i = 1; i < logits.Length; i++)
        {
            if (_ops.GreaterThan(logits[i], max))
            {
                max = logits[i];
            }
        }

        var result = new T[logits.Length];
        double total = 0;
        for (int i = 0; i < logits.Length; i++)
        {
            double e = Math.Exp(_ops.ToDouble(_ops.Subtract(logits[i], max)));
            result[i] = _ops.FromDouble(e);
            total += e;
        }

        for (int i = 0; i < result.Length; i++)
        {
            result[i] = _ops.FromDouble(_ops.ToDouble(result[i]) / total);
        }

        return result;
    }

    public double[] SoftmaxWithTemperature(Scores<T> logits, double temperature)
    {
        T max = logits[0];
        for (int i = 1; i < logits.Length; i++)
        {
            if (_ops.GreaterThan(logits[i], max))
            {
                max = logits[i];
            }
        }

        var probabilities = new double[logits.Length];
        double total = 0;
        for (int i = 0; i < logits.Length; i++)
        {
            double scaled = (_ops.ToDouble(logits[i]) - _ops.ToDouble(max)) / temperature;
            probabilities[i] = Math.Exp(scaled);
            total += probabilities[i];
        }

        for (int i = 0; i < probabilities.Length; i++)
        {
            probabilities[i] /= total;
        }

        return probabilities;
    }
}

public sealed class PitchHead<T>
{
    private readonly IScalarOps<T> _ops;

    public PitchHead(IScalarOps<T> ops) => _ops = ops;

    public double PitchCents(Scores<T> logits, int peak, double centsPerBin)
    {
        double weighted = 0;
        double total = 0;
        for (int i = Math.Max(0, peak - 4); i <= Math.Min(logits.Length - 1, peak + 4); i++)
        {
            double w = Math.Exp(_ops.ToDouble(logits[i])); //~ LG0003
            weighted += w * i * centsPerBin;
            total += w;
        }

        return total > 0 ? weighted / total : peak * centsPerBin;
    }
}
