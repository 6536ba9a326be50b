// Source: neural entity disambiguation (Ganea & Hofmann 2017; REL local model): a softmax over each mention's
// candidates. Layout: List of `EntityMention` records (double[] scores), exps kept per mention in a jagged buffer and
// divided in a second loop.
// Bug: LG0002 — one normaliser is accumulated over every mention of the document.
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut12;

public sealed record EntityMention(string Surface, double[] Scores);

public static class EntityLinking_DocumentNormaliser
{
    public static double[][] Posteriors(List<EntityMention> mentions)
    {
        var exps = new double[mentions.Count][];
        double documentMass = 0.0;
        for (int i = 0; i < mentions.Count; i++)
        {
            double[] s = mentions[i].Scores;
            double top = double.NegativeInfinity;
            foreach (double v in s)
            {
                top = Math.Max(top, v);
            }

            exps[i] = new double[s.Length];
            for (int c = 0; c < s.Length; c++)
            {
                exps[i][c] = Math.Exp(s[c] - top);
                documentMass += exps[i][c]; //~ LG0002
            }
        }

        foreach (double[] row in exps)
        {
            for (int c = 0; c < row.Length; c++)
            {
                row[c] /= documentMass;
            }
        }

        return exps;
    }
}
