// Idiom: expected-points model over shot outcomes per shot, games as records holding a List<Shot>.
// Layout: List<Game> records, Game.Shots a List<Shot>, each shot's outcome scores a double[]; LINQ fold for the shift.
// Bug: the shift is the largest outcome score of the whole game (game.Shots.Max(s => s.Scores.Max())), not the shot's.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut52.ShotOutcomes_GameWideMax;

public sealed record Shot(string Taker, double[] Scores);

public sealed record Game(string Id, List<Shot> Shots);

public static class ShotModel
{
    public static List<List<double[]>> OutcomeProbabilities(List<Game> games)
    {
        var all = new List<List<double[]>>();
        foreach (Game game in games)
        {
            double top = game.Shots.Max(s => s.Scores.Max()); //~ LG0001
            var perShot = new List<double[]>();
            foreach (Shot shot in game.Shots)
            {
                double[] w = new double[shot.Scores.Length];
                double z = 0.0;
                for (int k = 0; k < w.Length; k++)
                {
                    w[k] = Math.Exp(shot.Scores[k] - top);
                    z += w[k];
                }

                for (int k = 0; k < w.Length; k++)
                {
                    w[k] /= z;
                }

                perShot.Add(w);
            }

            all.Add(perShot);
        }

        return all;
    }
}
