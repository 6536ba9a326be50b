// Idiom: NPC perception attention — salience of each visible target turned into attention weights per NPC.
// Use: perception system deciding which targets an NPC tracks this frame.
// Layout: double[,] salience [targets, npcs] (column-major: each NPC's distribution is one column), double[,] out.
// Label: Correct (peak and sum down each NPC's column). Our own code.
using System;

namespace HeldOut57.Perception_ColumnPerNpc
{
    public sealed class PerceptionSystem
    {
        public void Attend(double[,] salience, double[,] attention)
        {
            int targets = salience.GetLength(0);
            int npcs = salience.GetLength(1);
            for (int n = 0; n < npcs; n++)
            {
                double peak = double.NegativeInfinity;
                for (int t = 0; t < targets; t++)
                    peak = Math.Max(peak, salience[t, n]);

                double sum = 0.0;
                for (int t = 0; t < targets; t++)
                {
                    double e = Math.Exp(salience[t, n] - peak);
                    attention[t, n] = e;
                    sum += e;
                }

                for (int t = 0; t < targets; t++)
                    attention[t, n] /= sum;
            }
        }
    }
}
