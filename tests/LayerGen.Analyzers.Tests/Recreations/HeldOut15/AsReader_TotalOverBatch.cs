// HeldOut15 — AsReader_TotalOverBatch
// Source: Attention Sum Reader (Kadlec et al. 2016), a batched LINQ port.
// Layout: a batch of documents' position scores as float[][] (ragged); attention float[][].
// Bug (LG0002): each document is shifted by its own peak, but the normaliser is one total over the
// exponentials of every document in the batch.
using System;
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.Recreations.HeldOut15;

public static class AsReader_TotalOverBatch
{
    /// <summary>Position attention of every document, and each candidate's pointer-sum mass per document.</summary>
    public static float[][] Attend(float[][] scores, string[][] tokens, List<Dictionary<string, float>> masses)
    {
        float[][] exps = scores.Select(s => { float peak = s.Max(); return s.Select(v => MathF.Exp(v - peak)).ToArray(); }).ToArray();
        float z = exps.Sum(e => e.Sum()); //~ LG0002
        float[][] attention = exps.Select(e => e.Select(v => v / z).ToArray()).ToArray();
        for (int b = 0; b < attention.Length; b++)
        {
            var mass = new Dictionary<string, float>();
            for (int i = 0; i < attention[b].Length; i++)
                mass[tokens[b][i]] = mass.GetValueOrDefault(tokens[b][i]) + attention[b][i];
            masses.Add(mass);
        }
        return attention;
    }
}
