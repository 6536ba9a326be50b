// Our own code: the correct twins of MemberProvenance_BaseLayerAndTensorDiagonal. (1) The same base layer with a
// logistic activation: y(1 − y) of the protected field is the sigmoid's own derivative. (2) The same user vector
// head with a softmax, whose Backward forms the O(n) product p ⊙ (dy − ⟨p, dy⟩). (3) A head whose output member is
// filled by a softmax in Forward but replaced by a caller's vector in Restore (a checkpoint of any activation): the
// member is not known to hold the softmax output, and the element-wise slope over it is not reported.
// Label: correct (silent).
using System;

namespace Recreations.MemberProvenanceSigmoidAndProductTwins;

public abstract class Layer
{
    protected double[] outputs = Array.Empty<double>();

    public double[] FeedForward(double[] z)
    {
        outputs = Activate(z);
        return outputs;
    }

    protected abstract double[] Activate(double[] z);

    public abstract double[] Gradient(double[] upstream);
}

public sealed class LogisticLayer : Layer
{
    protected override double[] Activate(double[] z)
    {
        var y = new double[z.Length];
        for (int i = 0; i < z.Length; i++) y[i] = 1 / (1 + Math.Exp(-z[i]));
        return y;
    }

    public override double[] Gradient(double[] upstream)
    {
        var g = new double[upstream.Length];
        for (int k = 0; k < g.Length; k++)
        {
            g[k] = upstream[k] * outputs[k] * (1 - outputs[k]);
        }

        return g;
    }
}

public sealed class Vec(int length)
{
    private readonly double[] _data = new double[length];

    public int Count => _data.Length;

    public double this[int i]
    {
        get => _data[i];
        set => _data[i] = value;
    }
}

public sealed class SoftmaxHead(int classes)
{
    public Vec Probabilities { get; private set; } = new Vec(classes);

    public Vec Forward(Vec logits)
    {
        double max = double.NegativeInfinity;
        for (int i = 0; i < logits.Count; i++) max = Math.Max(max, logits[i]);
        double total = 0;
        for (int i = 0; i < logits.Count; i++) total += Math.Exp(logits[i] - max);
        for (int i = 0; i < logits.Count; i++) Probabilities[i] = Math.Exp(logits[i] - max) / total;
        return Probabilities;
    }

    public Vec Backward(Vec errors)
    {
        double dot = 0;
        for (int k = 0; k < errors.Count; k++) dot += Probabilities[k] * errors[k];
        var dx = new Vec(errors.Count);
        for (int k = 0; k < errors.Count; k++)
        {
            dx[k] = Probabilities[k] * (errors[k] - dot);
        }

        return dx;
    }
}

public sealed class RestorableHead
{
    private double[] _out = Array.Empty<double>();

    public void Forward(double[] z)
    {
        double max = double.NegativeInfinity;
        foreach (double v in z) max = Math.Max(max, v);
        double total = 0;
        foreach (double v in z) total += Math.Exp(v - max);
        _out = new double[z.Length];
        for (int i = 0; i < z.Length; i++) _out[i] = Math.Exp(z[i] - max) / total;
    }

    public void Restore(double[] saved)
    {
        _out = saved;
    }

    public double[] Slope(double[] upstream)
    {
        var g = new double[upstream.Length];
        for (int k = 0; k < g.Length; k++) g[k] = upstream[k] * _out[k] * (1 - _out[k]);
        return g;
    }
}
