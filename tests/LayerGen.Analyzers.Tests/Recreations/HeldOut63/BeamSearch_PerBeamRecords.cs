// HeldOut63 / BeamSearch_PerBeamRecords
// Idiom: one beam-search step in probability space: each beam's next-token logits are softmaxed on their own, each
// candidate scored beam.Probability * p(token), and the best `width` expansions kept with OrderByDescending/Take (the
// shape of textbook beam-search decoders; own code, no log-probabilities).
// Layout: List<Beam> records with a float[] NextLogits member; foreach over beams; beam.NextLogits.Max(); double math.
// Label: Correct (per-beam maximum and sum).
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut63.BeamSearch_PerBeamRecords;

public sealed record Beam(IReadOnlyList<int> Tokens, double Probability, float[] NextLogits);

public readonly record struct Expansion(int Parent, int Token, double Probability);

public static class BeamStep
{
    public static double[][] NextTokenDistributions(List<Beam> beams)
    {
        var result = new double[beams.Count][];
        int i = 0;
        foreach (Beam beam in beams)
        {
            double top = beam.NextLogits.Max();
            var p = new double[beam.NextLogits.Length];
            double norm = 0.0;
            for (int v = 0; v < p.Length; v++)
            {
                p[v] = Math.Exp(beam.NextLogits[v] - top);
                norm += p[v];
            }

            for (int v = 0; v < p.Length; v++)
            {
                p[v] /= norm;
            }

            result[i++] = p;
        }

        return result;
    }

    public static List<Expansion> Expand(List<Beam> beams, int width)
    {
        double[][] next = NextTokenDistributions(beams);
        return next
            .SelectMany((p, b) => p.Select((q, v) => new Expansion(b, v, beams[b].Probability * q)))
            .OrderByDescending(e => e.Probability)
            .Take(width)
            .ToList();
    }
}
