// Source: EsferUseinov/SupervisedLearning Core/Activations/Softmax.cs:9 and Core/Loss/CrossEntropyLoss.cs:23 (re-created, not copied)
// Layout: an activation class with a vector method (maximum seeded with the first element, exp(x − max) into a
// fresh array with a running sum, division loop) and an element-wise Derivative that returns 1 because the
// class-weighted cross-entropy loss supplies the combined gradient w_true · (p − y) itself.
// Label: correct ×2 (ComputeVector: per-vector maximum; Gradient: the O(n) softmax + cross-entropy gradient).
// Not re-created: the loss's Compute, −w · log(clamp(p_true, 1e-12, 1)) of a probability another class produced
// (an LG0005 across methods, outside a per-method model; not counted, as in Real49).
using System;

namespace Recreations.Real52.SupervisedLearningFirstSeededSoftmaxAndWeightedGradient;

public interface IActivation
{
    double Derivative(double x);

    double[] ComputeVector(double[] x);
}

public sealed class Softmax : IActivation
{
    public double Derivative(double x) => 1.0;

    public double[] ComputeVector(double[] x)
    {
        double max = x[0];
        for (int i = 1; i < x.Length; i++)
        {
            if (x[i] > max)
            {
                max = x[i];
            }
        }

        double sum = 0.0;
        var result = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            result[i] = Math.Exp(x[i] - max);
            sum += result[i];
        }

        for (int i = 0; i < x.Length; i++)
        {
            result[i] /= sum;
        }

        return result;
    }
}

public sealed class WeightedCrossEntropyGradient
{
    private readonly double[] _classWeights;

    public WeightedCrossEntropyGradient(double[] classWeights) => _classWeights = classWeights;

    public double[] Gradient(double[] predicted, double[] actual)
    {
        int trueClass = ArgMax(actual);
        var gradient = new double[predicted.Length];
        for (int i = 0; i < predicted.Length; i++)
        {
            gradient[i] = _classWeights[trueClass] * (predicted[i] - actual[i]);
        }

        return gradient;
    }

    private static int ArgMax(double[] values)
    {
        int index = 0;
        for (int i = 1; i < values.Length; i++)
        {
            if (values[i] > values[index])
            {
                index = i;
            }
        }

        return index;
    }
}
