// Source: game-AI Boltzmann exploration in C# (utility options as record structs, weights exp(U / T) summed and
// normalised, as in simple Unity/MonoGame behaviour selectors).
// Layout: Option[] of one agent; softmax over the options at temperature T.
// Bug LG0003: exp of the raw temperature-scaled utilities, no maximum subtracted.
using System;
using System.Linq;

namespace HeldOut7.BoltzmannRecordRawExp
{
    public readonly record struct Option(int Action, float Utility);

    public static class Boltzmann
    {
        public static float[] Weights(Option[] options, float temperature)
        {
            float[] w = options.Select(o => MathF.Exp(o.Utility / temperature)).ToArray(); //~ LG0003
            float z = w.Sum();
            return w.Select(v => v / z).ToArray();
        }
    }
}
