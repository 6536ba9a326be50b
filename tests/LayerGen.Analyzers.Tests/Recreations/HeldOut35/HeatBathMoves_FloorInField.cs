// Idiom: simulated-annealing driver, heat-bath choice among one walker's candidate moves per call, with an energy floor kept on the object ("lowest ΔE seen")
// Layout: IReadOnlyList<Move> per call, a class with a field updated across calls
// Bug (LG0001): _floor is initialised once and folded by every call, never reset per walker; a walker whose moves all lie far above an earlier walker's best underflows to 0/0
using System;
using System.Collections.Generic;

namespace HeldOut35.HeatBathMoves_FloorInField
{
    public readonly record struct Move(int Site, int NewSpin, double DeltaE);

    public sealed class Annealer
    {
        private double _floor = double.PositiveInfinity;

        public double Temperature { get; set; } = 1.0;

        public double[] Probabilities(IReadOnlyList<Move> moves)
        {
            foreach (Move m in moves)
                if (m.DeltaE < _floor) _floor = m.DeltaE; //~ LG0001

            var p = new double[moves.Count];
            double z = 0.0;
            for (int i = 0; i < moves.Count; i++)
            {
                p[i] = Math.Exp(-(moves[i].DeltaE - _floor) / Temperature);
                z += p[i];
            }

            for (int i = 0; i < p.Length; i++)
                p[i] /= z;
            return p;
        }
    }
}
