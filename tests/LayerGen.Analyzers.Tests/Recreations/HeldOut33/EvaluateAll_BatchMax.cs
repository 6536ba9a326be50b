// Idiom: one method that does it all (forward pass for the whole batch into a logits matrix, softmax, squared-error
// loss, accuracy in percent with int/double mixing), Console.WriteLine between the steps.
// Layout: double[,] logits [samples, classes]; x [samples, features], w [features, classes].
// Bug (LG0001): the "stability" max is taken over the logits of the whole batch, before the sample loop.
using System;

namespace HeldOut33.EvaluateAllBatchMax;

/// <summary>Training-loop helper of a student's MNIST-like project.</summary>
public static class Trainer
{
    /// <summary>The probabilities of the last Evaluate call.</summary>
    public static double[,] Probabilities = new double[0, 0];

    public static double Evaluate(double[,] x, int[] labels, double[,] w, double[] b)
    {
        int samples = x.GetLength(0);
        int features = x.GetLength(1);
        int classes = b.Length;

        Console.WriteLine("Step 1: forward pass");
        double[,] logits = new double[samples, classes];
        for (int i = 0; i < samples; i++)
        {
            for (int k = 0; k < classes; k++)
            {
                double z = b[k];
                for (int f = 0; f < features; f++)
                {
                    z += x[i, f] * w[f, k];
                }

                logits[i, k] = z;
            }
        }

        Console.WriteLine("Step 2: softmax");
        double maxLogit = double.MinValue;
        for (int i = 0; i < samples; i++)
        {
            for (int k = 0; k < classes; k++)
            {
                if (logits[i, k] > maxLogit) maxLogit = logits[i, k]; //~ LG0001
            }
        }

        Probabilities = new double[samples, classes];
        for (int i = 0; i < samples; i++)
        {
            double sum = 0;
            for (int k = 0; k < classes; k++)
            {
                Probabilities[i, k] = Math.Exp(logits[i, k] - maxLogit);
                sum += Probabilities[i, k];
            }

            for (int k = 0; k < classes; k++)
            {
                Probabilities[i, k] /= sum;
            }
        }

        Console.WriteLine("Step 3: loss and accuracy");
        double loss = 0;
        int hits = 0;
        for (int i = 0; i < samples; i++)
        {
            int best = 0;
            for (int k = 0; k < classes; k++)
            {
                double diff = Probabilities[i, k] - (k == labels[i] ? 1 : 0);
                loss += diff * diff;
                if (Probabilities[i, k] > Probabilities[i, best]) best = k;
            }

            if (best == labels[i]) hits++;
        }

        double accuracy = 100.0 * hits / samples;
        Console.WriteLine("loss " + loss / samples + ", accuracy " + accuracy + "%");
        return loss / samples;
    }
}
