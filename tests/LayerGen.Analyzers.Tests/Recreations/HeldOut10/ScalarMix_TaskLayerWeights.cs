// Re-creation (our own code) of the shape of ELMo's scalar mix (Peters et al. 2018; allennlp ScalarMix):
// s = softmax(w) over the biLM layers, mix = γ Σ_l s_l h_l, one set of scalars per downstream task.
// Layout: float[tasks, layers] scalar parameters, LINQ Enumerable.Range(...).Max for the shift, layer representations
// as float[layers][tokens · dim], mixes to float[tasks][tokens · dim].
// Correct: each task's scalars are shifted by that task's own maximum.
using System;
using System.Linq;

namespace LayerGen.Recreations.HeldOut10;

public static class ScalarMixTaskLayerWeights
{
    public static void Mix(float[,] scalars, float[] gamma, float[][] layers, float[,] weights, float[][] mixed)
    {
        int tasks = scalars.GetLength(0);
        int layerCount = scalars.GetLength(1);
        for (int task = 0; task < tasks; task++)
        {
            float peak = Enumerable.Range(0, layerCount).Max(l => scalars[task, l]);
            float norm = 0f;
            for (int l = 0; l < layerCount; l++)
            {
                weights[task, l] = MathF.Exp(scalars[task, l] - peak);
                norm += weights[task, l];
            }

            for (int l = 0; l < layerCount; l++)
                weights[task, l] /= norm;

            float[] output = mixed[task];
            Array.Clear(output);
            for (int l = 0; l < layerCount; l++)
                for (int k = 0; k < output.Length; k++)
                    output[k] += gamma[task] * weights[task, l] * layers[l][k];
        }
    }
}
