// Re-creation (our own code) of seed 002, the TensorFlow "MNIST for ML beginners" tutorial's loss
// cross_entropy = -reduce_sum(y_ * log(softmax(x))), written out in C# for one sample.
// Layout: one vector of logits, max-shifted softmax in the same method. Bug (LG0005): the log of the probability
// underflows to -inf for a logit far below the maximum, and 0 * -inf is NaN.
using System;

namespace Recreations.Backward.TutorialCrossEntropyOfSoftmax;

public static class Loss
{
    public static double CrossEntropy(double[] logits, double[] target)
    {
        double max = double.NegativeInfinity;
        for (int i = 0; i < logits.Length; i++)
        {
            max = Math.Max(max, logits[i]);
        }

        var y = new double[logits.Length];
        double sum = 0;
        for (int i = 0; i < logits.Length; i++)
        {
            y[i] = Math.Exp(logits[i] - max);
            sum += y[i];
        }

        for (int i = 0; i < logits.Length; i++)
        {
            y[i] /= sum;
        }

        double loss = 0;
        for (int i = 0; i < logits.Length; i++)
        {
            loss -= target[i] * Math.Log(y[i]); //~ LG0005
        }

        return loss;
    }
}
