// Source: mthalman/GenFx.NET src/GenFx.Components/SelectionOperators/BoltzmannSelectionOperator.cs:75 (re-created, not copied)
// Layout: Boltzmann selection for a genetic algorithm: foreach over the population's entities summing
// Pow(e, fitness / T) (throwing when the running total overflows), the mean of those terms, then a second foreach
// building roulette-wheel slices of Pow(e, fitness / T) / mean; the temperature is annealed by a derived class.
// Label: SelectEntitiesFromPopulation LG0003 ×2 — no maximum fitness is subtracted: fitness / T above ~709 makes the
// total infinite and the operator throws (the guard turns the NaN into an exception), although the expected values
// exp(f / T) / mean are the same for every fitness shifted by a constant.
using System;
using System.Collections.Generic;

namespace Recreations.Real53.MthalmanGenFxBoltzmannPowEulerOverMean;

public sealed class GeneticEntity
{
    public GeneticEntity(double fitness) => Fitness = fitness;

    public double Fitness { get; }
}

public sealed class WheelSlice
{
    public WheelSlice(GeneticEntity entity, double size)
    {
        Entity = entity;
        Size = size;
    }

    public GeneticEntity Entity { get; }

    public double Size { get; }
}

public static class RouletteWheelSampler
{
    public static GeneticEntity GetEntity(List<WheelSlice> slices, Random random)
    {
        double total = 0;
        foreach (var slice in slices)
        {
            total += slice.Size;
        }

        double spin = random.NextDouble() * total;
        foreach (var slice in slices)
        {
            spin -= slice.Size;
            if (spin <= 0)
            {
                return slice.Entity;
            }
        }

        return slices[slices.Count - 1].Entity;
    }
}

public abstract class BoltzmannSelectionOperator
{
    private readonly Random _random = new Random(1);

    public double CurrentTemperature { get; protected set; } = 1.0;

    public IEnumerable<GeneticEntity> SelectEntitiesFromPopulation(int entityCount, List<GeneticEntity> population)
    {
        if (population == null)
        {
            throw new ArgumentNullException(nameof(population));
        }

        double totalSubVals = 0;
        foreach (GeneticEntity entity in population)
        {
            totalSubVals += Math.Pow(Math.E, entity.Fitness / CurrentTemperature); //~ LG0003
            if (double.IsInfinity(totalSubVals))
            {
                throw new OverflowException("The Boltzmann total overflowed.");
            }
        }

        double meanSubVals = totalSubVals / population.Count;

        var wheelSlices = new List<WheelSlice>();
        foreach (GeneticEntity entity in population)
        {
            double expectedValue = Math.Pow(Math.E, entity.Fitness / CurrentTemperature) / meanSubVals; //~ LG0003
            wheelSlices.Add(new WheelSlice(entity, expectedValue));
        }

        var result = new List<GeneticEntity>();
        for (int i = 0; i < entityCount; i++)
        {
            result.Add(RouletteWheelSampler.GetEntity(wheelSlices, _random));
        }

        return result;
    }

    public abstract void AdjustTemperature();
}
