// Idiom: thermal level populations of several species, one ground energy over every species, LINQ ToDictionary with a statement lambda
// Layout: Dictionary<string, double[]>, `Values.SelectMany(...).Min()`, Select/Sum per species
// Bug (LG0001): the ground energy (the shift) is the lowest level of all species, not of the species being normalised
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut45.SpeciesLevels_GroundOverAllSpecies;

public static class ThermalPopulations
{
    public static Dictionary<string, double[]> Populations(Dictionary<string, double[]> levels, double kT)
    {
        double ground = levels.Values.SelectMany(e => e).Min(); //~ LG0001
        return levels.ToDictionary(
            kv => kv.Key,
            kv =>
            {
                double[] boltz = kv.Value.Select(e => Math.Exp(-(e - ground) / kT)).ToArray();
                double q = boltz.Sum();
                return boltz.Select(b => b / q).ToArray();
            });
    }
}
