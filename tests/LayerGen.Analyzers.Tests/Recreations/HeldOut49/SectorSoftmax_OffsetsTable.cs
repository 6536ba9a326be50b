// Idiom: sector-neutral allocation: a softmax over the stocks of each sector, so every sector's weights sum to one
// before the sector budgets are applied (own code).
// Layout: flat double[] of scores sorted by sector, an offsets table int[sectors + 1] (CSR style, ragged sectors);
// while loops.
// Label: Correct (each sector's own top score is subtracted and each sector divided by its own total).
using System;

namespace HeldOut49.SectorSoftmax_OffsetsTable;

public static class SectorNeutral
{
    public static double[] InSectorWeights(double[] score, int[] sectorStart)
    {
        var weight = new double[score.Length];
        int sector = 0;
        while (sector < sectorStart.Length - 1)
        {
            int begin = sectorStart[sector];
            int end = sectorStart[sector + 1];

            double top = score[begin];
            int i = begin + 1;
            while (i < end)
            {
                top = Math.Max(top, score[i]);
                i++;
            }

            double sum = 0.0;
            i = begin;
            while (i < end)
            {
                weight[i] = Math.Exp(score[i] - top);
                sum += weight[i];
                i++;
            }

            i = begin;
            while (i < end)
            {
                weight[i] /= sum;
                i++;
            }

            sector++;
        }

        return weight;
    }
}
