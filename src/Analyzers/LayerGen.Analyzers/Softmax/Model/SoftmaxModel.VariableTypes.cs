using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>The declared type of a variable symbol, shared by the readers that decide by a variable's type.</summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The type of a local, a field or a parameter; null for any other symbol (a property, a method) or none: the
    /// variables a write table keys and a collection can be built from.
    /// </summary>
    private static ITypeSymbol? TypeOfVariable(ISymbol? symbol) => symbol switch
    {
        ILocalSymbol local => local.Type,
        IFieldSymbol field => field.Type,
        IParameterSymbol parameter => parameter.Type,
        _ => null,
    };
}
