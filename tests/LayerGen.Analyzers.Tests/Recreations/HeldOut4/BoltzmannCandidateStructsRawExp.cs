// Source: game-AI Boltzmann/softmax action selection over scored candidates (MonoGame/Unity steering and
// squad-AI samples): a list of candidate structs, weight = exp(score / T), then normalised.
// Layout: List<Candidate> of structs with a Score field; weights written back into a parallel array.
// Bug: exp of score / T with no max subtracted (overflows for large scores or small temperatures).
using System;
using System.Collections.Generic;

namespace LayerGen.HeldOut4.BoltzmannCandidateStructsRawExp;

public struct Candidate
{
    public string Name;
    public float Score;
}

public static class SoftmaxChooser
{
    public static float[] Weights(List<Candidate> candidates, float temperature)
    {
        var weights = new float[candidates.Count];
        float sum = 0f;
        for (int i = 0; i < candidates.Count; i++)
        {
            Candidate c = candidates[i];
            weights[i] = MathF.Exp(c.Score / temperature); //~ LG0003
            sum += weights[i];
        }

        for (int i = 0; i < weights.Length; i++)
            weights[i] /= sum;
        return weights;
    }
}
