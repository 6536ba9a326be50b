// Source: Mirostat v2 sampling (Basu et al. 2021; llama.cpp `llama_sampler_mirostat_v2`): sort the candidates,
//   softmax, drop every candidate whose surprise -log2 p exceeds mu (keeping at least one), renormalise, sample, and
//   move mu toward the target surprise tau.
// Layout: List<MirostatCandidate> (mutable struct: Id, Logit, P) sorted descending, read through
//   CollectionsMarshal.AsSpan; the shift is the first (largest) logit over the temperature; the surprise is computed
//   from the logits and log of the sum (no log of a probability); a while loop with an early break truncates.
// Correct.
using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace LayerGen.Corpus.HeldOut17;

/// <summary>One vocabulary candidate of a sampling step.</summary>
public struct MirostatCandidate
{
    /// <summary>Token id.</summary>
    public int Id;

    /// <summary>Raw logit.</summary>
    public float Logit;

    /// <summary>Probability after the step.</summary>
    public float P;
}

/// <summary>Mirostat v2 sampler state.</summary>
public sealed class MirostatV2
{
    /// <summary>Creates a sampler with target surprise <paramref name="tau"/> and learning rate <paramref name="eta"/>.</summary>
    public MirostatV2(float tau, float eta)
    {
        Tau = tau;
        Eta = eta;
        Mu = 2f * tau;
    }

    /// <summary>Target surprise.</summary>
    public float Tau { get; }

    /// <summary>Learning rate.</summary>
    public float Eta { get; }

    /// <summary>Current maximum surprise.</summary>
    public float Mu { get; set; }

    /// <summary>Samples a token; leaves the renormalised probabilities in the candidates (0 for dropped ones).</summary>
    public int Sample(List<MirostatCandidate> candidates, float temperature, Random rng)
    {
        candidates.Sort((a, b) => b.Logit.CompareTo(a.Logit));
        Span<MirostatCandidate> c = CollectionsMarshal.AsSpan(candidates);
        float top = c[0].Logit / temperature;

        float z = 0f;
        for (int i = 0; i < c.Length; i++)
        {
            c[i].P = MathF.Exp(c[i].Logit / temperature - top);
            z += c[i].P;
        }

        float logZ = MathF.Log(z);
        for (int i = 0; i < c.Length; i++)
        {
            c[i].P /= z;
        }

        int keep = 0;
        while (keep < c.Length)
        {
            float surprise = (logZ - (c[keep].Logit / temperature - top)) / MathF.Log(2f);
            if (keep > 0 && surprise > Mu)
            {
                break;
            }

            keep++;
        }

        float keptMass = 0f;
        for (int i = 0; i < keep; i++)
        {
            keptMass += c[i].P;
        }

        for (int i = 0; i < c.Length; i++)
        {
            c[i].P = i < keep ? c[i].P / keptMass : 0f;
        }

        double u = rng.NextDouble();
        int chosen = keep - 1;
        for (int i = 0; i < keep; i++)
        {
            u -= c[i].P;
            if (u <= 0)
            {
                chosen = i;
                break;
            }
        }

        float observed = (logZ - (c[chosen].Logit / temperature - top)) / MathF.Log(2f);
        Mu -= Eta * (observed - Tau);
        return c[chosen].Id;
    }
}
