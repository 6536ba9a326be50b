// Pattern (our own code; the correct twins of Roulette_BoundedDrawsRaw):
// Boltzmann selection that never divides. The weights exp(score / T) are summed, a threshold is drawn as a share of
// that sum by a call taking the sum as its upper bound (UnityEngine.Random.Range(0f, sum), a helper Uniform(0, total)),
// and the cumulative weights are walked until they pass it — the softmax's CDF, acc / sum >= u.
// Layouts: float[] scores with a for-walk; double[] with a decrement walk; LINQ weights with Sum() and a binary search
// over the cumulative weights. UnityEngine.Random is a small stand-in here.
// Correct: the same three wheels with each distribution's maximum subtracted before the exp (the draw only depends on
// the ratios, so the shift leaves it unchanged and bounds every weight by 1), and a fitness-proportional wheel over
// non-negative fitness values drawn the same way (no exp at all).
using System;
using System.Linq;

namespace UnityEngine
{
    /// <summary>A stand-in for UnityEngine.Random.</summary>
    internal static class Random
    {
        private static readonly System.Random Source = new(11);

        public static float Range(float minInclusive, float maxInclusive) => minInclusive + (float)Source.NextDouble() * (maxInclusive - minInclusive);
    }
}

namespace Recreations.Roulette_BoundedDrawsShifted
{
    /// <summary>A seeded uniform source.</summary>
    internal static class Rng
    {
        private static readonly System.Random Source = new(13);

        public static double Uniform(double lower, double upper) => lower + Source.NextDouble() * (upper - lower);
    }

    /// <summary>Draws an index with probability exp(score / T) / Σ exp(score / T).</summary>
    internal static class BoltzmannRoulette
    {
        public static int PickTask(float[] scores, float temperature)
        {
            float best = scores.Max();
            var weights = new float[scores.Length];
            float sum = 0f;
            for (int i = 0; i < scores.Length; i++)
            {
                weights[i] = MathF.Exp((scores[i] - best) / temperature);
                sum += weights[i];
            }

            float roll = UnityEngine.Random.Range(0f, sum);
            float cumulative = 0f;
            for (int i = 0; i < scores.Length; i++)
            {
                cumulative += weights[i];
                if (roll <= cumulative) return i;
            }

            return scores.Length - 1;
        }

        public static int PickArm(double[] values, double tau)
        {
            double best = values.Max();
            var powers = new double[values.Length];
            double total = 0.0;
            for (int a = 0; a < values.Length; a++)
            {
                powers[a] = Math.Exp((values[a] - best) / tau);
                total += powers[a];
            }

            double remaining = Rng.Uniform(0.0, total);
            for (int a = 0; a < values.Length; a++)
            {
                remaining -= powers[a];
                if (remaining <= 0.0) return a;
            }

            return values.Length - 1;
        }

        public static int PickByBinarySearch(double[] logits)
        {
            double peak = logits.Max();
            var weights = logits.Select(v => Math.Exp(v - peak)).ToArray();
            double total = weights.Sum();
            var cumulative = new double[weights.Length];
            double running = 0.0;
            for (int k = 0; k < weights.Length; k++)
            {
                running += weights[k];
                cumulative[k] = running;
            }

            double target = Rng.Uniform(0.0, total);
            int lo = 0, hi = weights.Length - 1;
            while (lo < hi)
            {
                int mid = (lo + hi) / 2;
                if (cumulative[mid] < target) lo = mid + 1;
                else hi = mid;
            }

            return lo;
        }

        public static int PickByFitness(float[] fitness)
        {
            float sum = 0f;
            for (int i = 0; i < fitness.Length; i++) sum += fitness[i];

            float roll = UnityEngine.Random.Range(0f, sum);
            float cumulative = 0f;
            for (int i = 0; i < fitness.Length; i++)
            {
                cumulative += fitness[i];
                if (roll <= cumulative) return i;
            }

            return fitness.Length - 1;
        }
    }
}
