// Compiled into both LayerGen.Generator and LayerGen.Analyzers.
using System.Collections.Generic;

namespace LayerGen.Differentiation.Ir;

/// <summary>Statements by identity: two equal statements at different places of a row are different statements.</summary>
internal sealed class StatementReferenceComparer : IEqualityComparer<Statement>
{
    public static readonly StatementReferenceComparer Instance = new();

    public bool Equals(Statement? x, Statement? y) => ReferenceEquals(x, y);

    public int GetHashCode(Statement obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
}
