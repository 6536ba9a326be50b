// Source: Magenta MelodyRNN / PerformanceRNN next-event sampling with a temperature (re-created shape, our own code):
//         one softmax over the event vocabulary (no-event, note-off, one event per pitch) per decoding step.
// Layout: jagged float[steps][events]; while loops, the peak found with `if`, the temperature dividing the shifted logit.
// Label: Correct.
using System;

namespace HeldOut25.MelodyRnn;

/// <summary>Tempered next-event distributions of a melody RNN, one per decoding step.</summary>
public static class NextNoteDistributions
{
    /// <summary>Returns, for each step, the softmax of the step's event logits divided by <paramref name="temperature"/>.</summary>
    public static float[][] Compute(float[][] stepLogits, float temperature)
    {
        var result = new float[stepLogits.Length][];
        int step = 0;
        while (step < stepLogits.Length)
        {
            float[] logits = stepLogits[step];
            float peak = logits[0];
            int e = 1;
            while (e < logits.Length)
            {
                if (logits[e] > peak)
                {
                    peak = logits[e];
                }

                e++;
            }

            var probabilities = new float[logits.Length];
            float total = 0f;
            e = 0;
            while (e < logits.Length)
            {
                probabilities[e] = MathF.Exp((logits[e] - peak) / temperature);
                total += probabilities[e];
                e++;
            }

            e = 0;
            while (e < logits.Length)
            {
                probabilities[e] /= total;
                e++;
            }

            result[step] = probabilities;
            step++;
        }

        return result;
    }

    /// <summary>Draws an event index from one step's distribution by walking its cumulative mass.</summary>
    public static int Sample(float[] probabilities, Random random)
    {
        double u = random.NextDouble();
        double cumulative = 0.0;
        for (int e = 0; e < probabilities.Length; e++)
        {
            cumulative += probabilities[e];
            if (u < cumulative)
            {
                return e;
            }
        }

        return probabilities.Length - 1;
    }
}
