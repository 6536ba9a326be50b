// Re-creates: LLamaSharp / llama.cpp C# sampling ports (llama_sample_softmax after temperature): candidates are
// LLamaTokenData-like structs, sorted by logit descending, so the max is simply the first candidate's logit.
// Layout: 1-D array of structs (Id, Logit, P); softmax axis = all candidates. float.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut3.LlamaSamplerTemperature;

public struct TokenData
{
    public int Id;
    public float Logit;
    public float P;
}

public static class TemperatureSampler
{
    public static void ApplyTemperatureAndSoftmax(TokenData[] candidates, float temperature)
    {
        for (int i = 0; i < candidates.Length; i++)
        {
            candidates[i].Logit /= temperature;
        }

        Array.Sort(candidates, (a, b) => b.Logit.CompareTo(a.Logit));
        float maxLogit = candidates[0].Logit;

        float cumulative = 0f;
        for (int i = 0; i < candidates.Length; i++)
        {
            float p = MathF.Exp(candidates[i].Logit - maxLogit);
            candidates[i].P = p;
            cumulative += p;
        }

        for (int i = 0; i < candidates.Length; i++)
        {
            candidates[i].P /= cumulative;
        }
    }
}
