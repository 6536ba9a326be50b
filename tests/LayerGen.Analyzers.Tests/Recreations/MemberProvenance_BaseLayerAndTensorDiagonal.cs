// Our own code, after the layer shapes of Real52/Mycelo1_ShiftedLayerDiagonalGradient and
// Real56/KsmithdevTurtleML_SoftMaxOutputLayerRawAndDiagonal: the softmax output lives in a member that one method
// fills and another reads. (1) A base layer's FeedForward stores the overridden activation's result in a protected
// field; the softmax layer's gradient multiplies the upstream gradient by y(1 − y) of it. (2) A user vector type
// (an indexer over a double[]) held in an auto-property that Forward fills through the indexer with a max-shifted
// softmax; Backward keeps (1 − p) · p in a local and multiplies the incoming error by it.
// Bugs: LG0007 ×2 — only the Jacobian's diagonal, a sigmoid's derivative, is used: the −p_i p_j cross terms are
// dropped (numerically: for y = softmax(1, 2, 3) and dy = (1, 0, 0) the diagonal gives (0.08, 0, 0), the gradient is
// (0.08, −0.02, −0.06)).
using System;

namespace Recreations.MemberProvenanceBaseLayerAndTensorDiagonal;

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

public sealed class SoftmaxLayer : Layer
{
    protected override double[] Activate(double[] z)
    {
        double max = double.NegativeInfinity;
        foreach (double v in z) max = Math.Max(max, v);
        var y = new double[z.Length];
        double sum = 0;
        for (int i = 0; i < z.Length; i++)
        {
            y[i] = Math.Exp(z[i] - max);
            sum += y[i];
        }

        for (int i = 0; i < z.Length; i++) y[i] /= sum;
        return y;
    }

    public override double[] Gradient(double[] upstream)
    {
        var g = new double[upstream.Length];
        for (int k = 0; k < g.Length; k++)
        {
            g[k] = upstream[k] * outputs[k] * (1 - outputs[k]); //~ LG0007
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
        var dx = new Vec(errors.Count);
        for (int k = 0; k < errors.Count; k++)
        {
            double p = Probabilities[k];
            double slope = (1 - p) * p; //~ LG0007
            dx[k] = errors[k] * slope;
        }

        return dx;
    }
}
