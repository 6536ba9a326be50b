// Idiom: multi-mapping reads, posterior of each candidate locus of a read, candidates collected per read as arrays.
// Layout: List<Alignment[]> (one array of candidate records per read), `while` loops with manual counters; Math.Exp.
// Bug LG0003: the alignment scores are exponentiated raw (no maximum subtracted) and divided by their sum: alignment
// scores are in the hundreds for long reads, so exp overflows to Infinity and the posteriors become NaN.
using System;
using System.Collections.Generic;

namespace HeldOut47.ReadMapping_RawCandidateScores;

public readonly record struct Alignment(string Contig, int Position, bool Reverse, double Score);

public static class CandidateLoci
{
    public static double[][] Posteriors(List<Alignment[]> candidatesPerRead)
    {
        var post = new double[candidatesPerRead.Count][];
        int r = 0;
        while (r < candidatesPerRead.Count)
        {
            Alignment[] hits = candidatesPerRead[r];
            var w = new double[hits.Length];
            double z = 0.0;
            int i = 0;
            while (i < hits.Length)
            {
                w[i] = Math.Exp(hits[i].Score); //~ LG0003
                z += w[i];
                i++;
            }

            i = 0;
            while (i < hits.Length)
            {
                w[i] /= z;
                i++;
            }

            post[r] = w;
            r++;
        }

        return post;
    }
}
