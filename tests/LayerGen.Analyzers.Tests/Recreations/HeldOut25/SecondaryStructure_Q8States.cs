// Source: protein secondary-structure prediction, eight-state (Q8: H G I E B T S C) per-residue softmax as in NetSurfP-2.0
//         / PSIPRED-style predictors, with the usual Q8 → Q3 roll-up (re-created shape, our own code).
// Layout: records `ResiduePrediction(int Position, char AminoAcid, float[] Q8Logits)`; LINQ `Max`, `Select(z => exp(z - peak))`,
//         `Sum`, a dividing `Select`; the Q3 roll-up sums probabilities (no exp).
// Label: Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut25.SecondaryStructure;

/// <summary>One residue's eight-state logits.</summary>
public sealed record ResiduePrediction(int Position, char AminoAcid, float[] Q8Logits);

/// <summary>Eight-state and three-state secondary-structure probabilities per residue.</summary>
public static class Q8States
{
    /// <summary>The eight DSSP states in logit order.</summary>
    public const string States = "HGIEBTSC";

    /// <summary>Returns the Q8 softmax of every residue of the chain, in chain order.</summary>
    public static List<float[]> Probabilities(IEnumerable<ResiduePrediction> chain)
    {
        var result = new List<float[]>();
        foreach (var residue in chain)
        {
            float peak = residue.Q8Logits.Max();
            float[] weights = residue.Q8Logits.Select(z => MathF.Exp(z - peak)).ToArray();
            float sum = weights.Sum();
            result.Add(weights.Select(w => w / sum).ToArray());
        }

        return result;
    }

    /// <summary>Rolls Q8 probabilities up to Q3 (helix H+G+I, strand E+B, coil T+S+C).</summary>
    public static (float Helix, float Strand, float Coil) ToQ3(float[] q8)
    {
        float helix = 0f, strand = 0f, coil = 0f;
        for (int s = 0; s < q8.Length; s++)
        {
            switch (States[s])
            {
                case 'H' or 'G' or 'I': helix += q8[s]; break;
                case 'E' or 'B': strand += q8[s]; break;
                default: coil += q8[s]; break;
            }
        }

        return (helix, strand, coil);
    }
}
