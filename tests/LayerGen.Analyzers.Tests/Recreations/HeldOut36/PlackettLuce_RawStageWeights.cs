// Idiom: Plackett-Luce exploration for a carousel: draw items one by one from a softmax over the remaining candidates
// Layout: float[] scores, List<int> of remaining indices shrinking per draw; weights over the remaining list
// Bug (LG0003): exp of the temperature-scaled scores with no max subtracted
using System;
using System.Collections.Generic;

namespace HeldOut36.PlackettLuce_RawStageWeights;

public sealed class CarouselExplorer
{
    private readonly Random _rng;

    public CarouselExplorer(Random rng) => _rng = rng;

    public List<int> Draw(float[] scores, int slots, float temperature)
    {
        var remaining = new List<int>(scores.Length);
        for (int i = 0; i < scores.Length; i++)
        {
            remaining.Add(i);
        }

        var shown = new List<int>(slots);
        while (shown.Count < slots && remaining.Count > 0)
        {
            float[] p = StageWeights(scores, remaining, temperature);
            float u = _rng.NextSingle();
            int k = 0;
            float acc = p[0];
            while (u >= acc && k < p.Length - 1)
            {
                k++;
                acc += p[k];
            }

            shown.Add(remaining[k]);
            remaining.RemoveAt(k);
        }

        return shown;
    }

    public static float[] StageWeights(float[] scores, List<int> remaining, float temperature)
    {
        var w = new float[remaining.Count];
        float z = 0f;
        for (int k = 0; k < remaining.Count; k++)
        {
            w[k] = MathF.Exp(scores[remaining[k]] / temperature); //~ LG0003
            z += w[k];
        }

        for (int k = 0; k < w.Length; k++)
        {
            w[k] /= z;
        }

        return w;
    }
}
