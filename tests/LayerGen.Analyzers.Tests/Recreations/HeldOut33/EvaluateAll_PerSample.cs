// Idiom: one method that does it all (forward pass of a linear classifier, softmax, squared-error loss against the
// one-hot label, accuracy by argmax), a z array per sample, z.Max(), Console.WriteLine per sample.
// Layout: double[,] x [samples, features], w [features, classes]; probabilities double[,] [samples, classes].
// Correct: each sample's logits are shifted by that sample's max and divided by that sample's sum.
using System;
using System.Linq;

namespace HeldOut33.EvaluateAllPerSample;

/// <summary>Evaluation of a softmax classifier for the final project.</summary>
public static class Trainer
{
    /// <summary>The probabilities of the last Evaluate call.</summary>
    public static double[,] LastProbabilities = new double[0, 0];

    public static (double Loss, double Accuracy) Evaluate(double[,] x, int[] labels, double[,] w, double[] b)
    {
        int samples = x.GetLength(0);
        int features = x.GetLength(1);
        int classes = b.Length;
        LastProbabilities = new double[samples, classes];
        double totalLoss = 0;
        int correct = 0;
        for (int i = 0; i < samples; i++)
        {
            double[] z = new double[classes];
            for (int k = 0; k < classes; k++)
            {
                z[k] = b[k];
                for (int f = 0; f < features; f++)
                {
                    z[k] += x[i, f] * w[f, k];
                }
            }

            double max = z.Max();
            double sum = 0;
            double[] p = new double[classes];
            for (int k = 0; k < classes; k++)
            {
                p[k] = Math.Exp(z[k] - max);
                sum += p[k];
            }

            int predicted = 0;
            for (int k = 0; k < classes; k++)
            {
                p[k] /= sum;
                LastProbabilities[i, k] = p[k];
                double target = k == labels[i] ? 1 : 0;
                totalLoss += (p[k] - target) * (p[k] - target);
                if (p[k] > p[predicted]) predicted = k;
            }

            if (predicted == labels[i]) correct++;
            Console.WriteLine("sample " + i + ": label " + labels[i] + ", predicted " + predicted);
        }

        return (totalLoss / samples, (double)correct / samples);
    }
}
